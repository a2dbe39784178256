import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { Role } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { ProductionCalendar } from './production-calendar.entity.js';
import { ProductionCalendarFileArgs, ProductionCalendarPreview, ProductionCalendarYear } from './production-calendar.types.js';

@Resolver(() => ProductionCalendar)
export class ProductionCalendarResolver {
  @Authorized()
  @Query(() => [ProductionCalendarYear], { description: 'Each year schedules are made for and the production calendar it is computed by' })
  productionCalendars(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ProductionCalendarYear[]> {
    return services.productionCalendars.years(scope);
  }

  @Authorized(Role.OWNER)
  @Query(() => ProductionCalendarPreview, { description: 'Reads a calendar file and says what loading it would change; writes nothing' })
  productionCalendarPreview(@Args(() => ProductionCalendarFileArgs) { year, content, fileName }: ProductionCalendarFileArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ProductionCalendarPreview> {
    return services.productionCalendars.preview(scope, year, content, fileName);
  }

  @Authorized(Role.OWNER)
  @Mutation(() => ProductionCalendar, { description: 'The owner: the year’s official calendar from a file; clients with provisional dates then have a schedule diff to review (pendingScheduleDiffs)' })
  loadProductionCalendar(@Args(() => ProductionCalendarFileArgs) { year, content, fileName }: ProductionCalendarFileArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ProductionCalendar> {
    return services.productionCalendars.load(scope, year, content, fileName);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  loadedBy(@Root() calendar: ProductionCalendar, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, calendar.loadedBy);
  }
}
