import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';

export const StageKindEnum = builder.enumType('StageKind', {
  description: 'WON and LOST stages close the deals placed in them.',
  values: ['OPEN', 'WON', 'LOST'] as const,
});

export const PipelineStageType = builder.prismaNode('PipelineStage', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    position: t.exposeInt('position', { description: 'Order within the pipeline, from 0.' }),
    probability: t.exposeInt('probability', { description: 'Win probability in percent that deals in this stage carry.' }),
    kind: t.expose('kind', { type: StageKindEnum }),
    pipeline: t.relation('pipeline'),
  }),
});

export const PipelineType = builder.prismaNode('Pipeline', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    isDefault: t.exposeBoolean('isDefault'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    stages: t.relation('stages', { query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  }),
});
