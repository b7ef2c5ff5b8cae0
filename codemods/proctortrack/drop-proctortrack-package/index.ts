// Spec sites PK-1..PK-4: the `edx-proctoring-proctortrack` package leaves requirements, npm manifests and translations.
import type { Codemod } from '../../../src/engine/types.ts';
import { npmPart } from './npm.ts';
import { requirementsPart } from './requirements.ts';
import { localeConfigPart, makefilePart } from './translations.ts';

const sites = {
  'PK-1': 'requirements/**/*.in: the package line and the comment lines that belong to it',
  'PK-2': 'pip-compile output: the entry, its via block, and the package as a via source',
  'PK-3': 'package.json and package-lock.json: the package entries',
  'PK-4': 'translations: conf/locale/config*.yaml third_party item, Makefile .po file names',
};

export const dropProctortrackPackage: Codemod = {
  name: 'drop-proctortrack-package',
  description: 'Remove the edx-proctoring-proctortrack package from requirements, package.json/lockfile and translation config',
  sites,
  siteIds: Object.keys(sites),
  followUp:
    'drop-proctortrack-package edited requirements and lockfiles in place: run `make upgrade` (pip-compile) and `npm install` for a full refresh',
  parts: [requirementsPart, npmPart, localeConfigPart, makefilePart],
};
