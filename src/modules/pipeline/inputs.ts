import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { clearable, given, globalId, intBetween, nullIgnored, nullMeans, omittable, text } from '../../schema/validation.js';
import { StageKindEnum } from './types.js';

export const StageInput = builder.inputType('PipelineStageInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    probability: t.int({ required: true, description: '0-100' }),
    kind: t.field({ type: StageKindEnum, defaultValue: 'OPEN' }),
  }),
});

export const CreatePipelineInput = builder.inputType('CreatePipelineInput', {
  fields: (f) => ({
    name: f.string({ required: true }),
    stages: f.field({ type: [StageInput], required: true, description: 'In order; 1 to 30.' }),
    isDefault: f.boolean({ defaultValue: false }),
  }),
});

export const UpdatePipelineInput = builder.inputType('UpdatePipelineInput', {
  fields: (f) => ({
    id: f.id({ required: true }),
    name: f.string(),
    isDefault: f.boolean({ description: 'true makes this the default pipeline (and unsets the previous one).' }),
  }),
});

export const CreatePipelineStageInput = builder.inputType('CreatePipelineStageInput', {
  fields: (f) => ({
    pipelineId: f.id({ required: true }),
    name: f.string({ required: true }),
    probability: f.int({ required: true }),
    kind: f.field({ type: StageKindEnum, defaultValue: 'OPEN' }),
    position: f.int({ description: 'Where to insert (0 = first); default: last.' }),
  }),
});

export const UpdatePipelineStageInput = builder.inputType('UpdatePipelineStageInput', {
  fields: (f) => ({
    id: f.id({ required: true }),
    name: f.string(),
    probability: f.int(),
    kind: f.field({ type: StageKindEnum }),
  }),
});

type StageKind = typeof StageKindEnum.$inferInput;
const name = text({ min: 1, max: 80 });
const probability = intBetween(0, 100);
const kind = nullMeans(given<StageKind>(), (): StageKind => 'OPEN');

const stage = z.object({ name, probability, kind });
export type Stage = z.output<typeof stage>;

export const createPipelineSchema = z.object({
  name,
  stages: z.array(stage).superRefine((stages, ctx) => {
    if (stages.length < 1 || stages.length > 30) ctx.addIssue({ code: 'custom', message: 'a pipeline has 1 to 30 stages' });
  }),
  isDefault: nullMeans(given<boolean>(), () => false),
});

export const updatePipelineSchema = z.object({
  id: globalId('Pipeline'),
  name: omittable(name),
  isDefault: nullIgnored(given<boolean>()),
});

export const createStageSchema = z.object({
  pipelineId: globalId('Pipeline'),
  name,
  probability,
  kind,
  position: clearable(given<number>()),
});

export const updateStageSchema = z.object({
  id: globalId('PipelineStage'),
  name: omittable(name),
  probability: omittable(probability),
  kind: nullIgnored(given<StageKind>()),
});
