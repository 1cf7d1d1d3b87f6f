import { problemText } from '../../i18n/problems';
import type { RecordScreens } from '../../ui/records/screens';

export const problemScreens: RecordScreens = {
  kind: 'problem',
  path: '/problematicas',
  newPath: '/problematicas/nueva',
  text: problemText,
};
