import PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';

/** A piece of scheduled work: run on a cron schedule (UTC), or when sent. It must be idempotent. */
export interface JobDefinition {
  name: string;
  /** Cron expression; pg-boss makes one job per tick for the whole installation, not per instance. */
  cron?: string;
  run(): Promise<unknown>;
}

export interface JobQueueOptions {
  /** How often an idle worker looks for jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds: number;
}

/**
 * The one job queue (DESIGN: scheduled work), pg-boss in the application's own PostgreSQL (its
 * tables in the `pgboss` schema): a job is taken by exactly one instance, and a cron schedule
 * yields one job per tick however many instances run.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly names = new Set<string>();
  private started = false;
  private stopped = false;

  constructor(databaseUrl: string, private readonly log: Logger, private readonly options: JobQueueOptions = { pollingIntervalSeconds: 2 }) {
    this.boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', application_name: 'schetovod-jobs', max: 4 });
    // pg's pool.end() resolves before its sockets have closed, so a connection still closing when
    // the database stops right after reports the shutdown: once stopped, the queue has no work to lose
    this.boss.on('error', (error) => (this.stopped ? this.log.debug({ err: error }, 'job queue connection closed after stop') : this.log.error({ err: error }, 'job queue error')));
  }

  /** Starts the queue and the workers of these jobs, and (re)declares their schedules. */
  async start(jobs: readonly JobDefinition[]): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const job of jobs) {
      await this.boss.createQueue(job.name);
      this.names.add(job.name);
      await this.boss.work(job.name, { pollingIntervalSeconds: this.options.pollingIntervalSeconds }, async () => {
        try {
          await job.run();
        } catch (error) {
          this.log.error({ err: error, job: job.name }, 'job failed');
          throw error;
        }
      });
      if (job.cron) await this.boss.schedule(job.name, job.cron);
    }
  }

  /** Queues a run of a job now (any instance's worker takes it); answers the job's id. */
  async send(name: string): Promise<string> {
    if (!this.names.has(name)) throw new Error(`No job named ${name}`);
    const id = await this.boss.send(name, {});
    if (!id) throw new Error(`Job ${name} was not queued`);
    return id;
  }

  /** Whether a job has finished (completed or failed). */
  async finished(name: string, id: string): Promise<boolean> {
    const job = await this.boss.getJobById(name, id);
    return job?.state === 'completed' || job?.state === 'failed';
  }

  /** Stops taking jobs and waits for running ones to finish. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.stopped = true;
  }
}
