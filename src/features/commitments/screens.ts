import { commitmentText } from '../../i18n/commitments';
import type { RecordScreens } from '../../ui/records/screens';

export const commitmentScreens: RecordScreens = {
  kind: 'commitment',
  path: '/compromisos',
  newPath: '/compromisos/nuevo',
  text: commitmentText,
};
