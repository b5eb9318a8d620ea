/**
 * Entities stage: finds people, organisations, places, nationalities/groups, dates and numbers and
 * gives each mention a canonical name shared across articles. See recognizer.ts for the steps.
 */
import type { StageOptions } from '../../config/schema.js';
import type { Stage, StageFactory } from '../../pipeline/stage.js';
import { getNameLexicon } from './lexicon.js';
import { TEMPLATE_NAMES } from './features.js';
import { LinearModel } from './perceptron.js';
import { createRecognizer } from './recognizer.js';
import { TAGGER_MODEL } from './model.data.js';

let sharedModel: LinearModel | null = null;

/** The shipped tagger model, parsed once per worker (about 50 ms). */
function getModel(): LinearModel {
  sharedModel ??= LinearModel.parse(TAGGER_MODEL, TEMPLATE_NAMES);
  return sharedModel;
}

/** The entities stage: fills `doc.mentions`, sorted by start and non-overlapping. */
export const entitiesStage: StageFactory = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  provides: ['mentions'],
  create(options: StageOptions): Stage {
    const lexicon = getNameLexicon(options.entities.useCompromise);
    const recognize = createRecognizer(getModel(), lexicon);
    return {
      name: 'entities',
      requires: this.requires,
      provides: this.provides,
      run(doc) {
        doc.mentions = recognize(doc);
      },
    };
  },
};
