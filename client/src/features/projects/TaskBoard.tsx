import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { Alert, Group, ScrollArea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../gql/graphql';
import { BoardColumn } from './BoardColumn';
import { dropTarget, isNoOp, positionAt, toColumns } from './board';
import { isTaskStatus, TASK_STATUSES } from './projectEnums';
import { TaskCardView } from './TaskCard';
import type { TaskRights } from './taskRights';
import { useBoardLiveChanges } from './useBoardLiveChanges';
import { useChangeTaskStatus, useMoveTask, type BoardTask } from './useMoveTask';

// a card under the pointer wins over its column; off every droppable, the nearest one
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length === 0) return closestCorners(args);
  const card = hits.find((hit) => !isTaskStatus(hit.id));
  return card ? [card] : hits;
};

interface TaskBoardProps {
  projectId: string;
  tasks: readonly BoardTask[];
  /** The viewer's rights per task id, from the server; a task without them is read-only. */
  rights: ReadonlyMap<string, TaskRights>;
  /** The project's `viewerCanEdit`: adding and dragging cards. */
  canEdit: boolean;
  onOpen: (taskId: string) => void;
  onResync: () => void;
}

/** The project's live board: columns by status, drag and drop, a status menu on every card. */
export function TaskBoard({ projectId, tasks, rights, canEdit, onOpen, onResync }: TaskBoardProps) {
  const { t } = useTranslation();
  const columns = useMemo(() => toColumns(tasks), [tasks]);
  const moveTask = useMoveTask(projectId);
  const changeStatus = useChangeTaskStatus(projectId);
  const [dragged, setDragged] = useState<BoardTask | null>(null);
  const changedBy = useBoardLiveChanges(projectId, onResync);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const canChangeStatus = (task: BoardTask) => rights.get(task.id)?.viewerCanChangeStatus ?? false;

  const handleStatusChange = (task: BoardTask, status: TaskStatus) => {
    void changeStatus(task, status, positionAt(columns[status], columns[status].length));
  };

  const handleDragStart = ({ active }: DragStartEvent) => {
    setDragged((active.data.current?.task as BoardTask | undefined) ?? null);
  };

  const handleDragEnd = ({ active, over, activatorEvent, delta }: DragEndEvent) => {
    setDragged(null);
    const task = active.data.current?.task as BoardTask | undefined;
    if (!task || !over) return;
    // below the middle of the card it is dropped on: after that card
    const startY = activatorEvent instanceof PointerEvent || activatorEvent instanceof MouseEvent ? activatorEvent.clientY : null;
    const below = startY !== null && startY + delta.y > over.rect.top + over.rect.height / 2;
    const target = dropTarget(columns, task.id, String(over.id), below);
    if (!target || isNoOp(columns, task, target)) return;
    void moveTask(task, target, columns);
  };

  return (
    <>
      {!canEdit && <Alert color="blue">{t('projects.board.readOnly')}</Alert>}
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={handleDragStart}
        onDragEnd={handleDragEnd}
        onDragCancel={() => setDragged(null)}
      >
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="flex-start" wrap="nowrap" gap="sm" data-testid="task-board">
            {TASK_STATUSES.map((status) => (
              <BoardColumn
                key={status}
                projectId={projectId}
                status={status}
                tasks={columns[status]}
                canEdit={canEdit}
                canChangeStatus={canChangeStatus}
                changedBy={changedBy}
                onOpen={onOpen}
                onStatusChange={handleStatusChange}
              />
            ))}
          </Group>
        </ScrollArea>
        <DragOverlay>{dragged && <TaskCardView task={dragged} dragging />}</DragOverlay>
      </DndContext>
    </>
  );
}
