/** `fineline predict`: US involvement probabilities for a scenario read as JSON. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseScenario } from '../../domain/scenario.js';
import { UsageError } from '../../errors.js';
import { fitInvolvementModel } from '../../models/involvement/model.js';
import { predictScenario } from '../../models/involvement/prediction.js';
import { loadModelInputs } from '../../store/model-inputs.js';
import type { CommandContext } from '../context.js';
import { reading } from '../database.js';
import { dbOption } from '../flags.js';

export function registerPredict(program: Command, context: CommandContext): void {
  program
    .command('predict')
    .description(
      'predict the level of US involvement for a scenario given as JSON on stdin or in --scenario FILE, e.g. {"date":"2026-03-01","issue":"security","securityCooperationAtStake":true}',
    )
    .option('--scenario <file>', 'read the scenario from this JSON file instead of stdin')
    .addOption(dbOption())
    .action(async (options: { scenario?: string; db?: string }) => {
      const scenario = await readScenario(context, options.scenario);
      const inputs = await reading(context, options.db, loadModelInputs);
      const { set, model } = fitInvolvementModel(inputs);
      context.output.json(predictScenario(model, set, scenario));
    });
}

async function readScenario(context: CommandContext, file: string | undefined) {
  if (file !== undefined) {
    const path = resolve(context.cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new UsageError(
        `cannot read the scenario file ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return parseScenario(text, path);
  }
  const stdin = context.stdin;
  if (stdin === undefined || stdin.isTTY === true) {
    throw new UsageError(
      'no scenario: pipe one as JSON on stdin or pass --scenario FILE, e.g. echo \'{"date":"2026-03-01","issue":"security","securityCooperationAtStake":true}\' | fineline predict',
    );
  }
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  if (text.trim() === '') throw new UsageError('no scenario: stdin was empty');
  return parseScenario(text, 'stdin');
}
