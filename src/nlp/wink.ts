/** One shared wink-nlp instance: loading the model costs ~100 ms, so it is loaded once per process. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

export function nlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
