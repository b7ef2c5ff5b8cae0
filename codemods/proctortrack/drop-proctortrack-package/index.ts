// Spec sites PK-1..PK-4: the `edx-proctoring-proctortrack` package leaves requirements, npm manifests and translations.
import type { Codemod } from '../../../src/engine/types.ts';
import { npmPart } from './npm.ts';
import { requirementsPart } from './requirements.ts';
import { localeConfigPart, makefilePart } from './translations.ts';

export const dropProctortrackPackage: Codemod = {
  name: 'drop-proctortrack-package',
  description: 'Remove the edx-proctoring-proctortrack package from requirements, package.json/lockfile and translation config',
  siteIds: ['PK-1', 'PK-2', 'PK-3', 'PK-4'],
  followUp:
    'drop-proctortrack-package edited requirements and lockfiles in place: run `make upgrade` (pip-compile) and `npm install` for a full refresh',
  parts: [requirementsPart, npmPart, localeConfigPart, makefilePart],
};
