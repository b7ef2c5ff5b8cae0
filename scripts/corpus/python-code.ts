// Generated Python shaped like edx-platform modules: imports, xblock-style fields, classes, nested logic, black layout.
import { NOUNS, pascal, type Rng, sentence, snake } from './random.ts';

const IMPORTS = [
  'import logging',
  'import json',
  'from datetime import datetime, timedelta',
  'from django.conf import settings',
  'from django.db import models, transaction',
  'from django.utils.translation import gettext as _',
  'from django.contrib.auth import get_user_model',
  'from edx_django_utils.cache import RequestCache',
  'from opaque_keys.edx.keys import CourseKey, UsageKey',
  'from rest_framework import serializers, status',
  'from rest_framework.response import Response',
  'from xblock.fields import Boolean, Dict, Integer, List, Scope, String',
  'from xmodule.modulestore.django import modulestore',
  'from common.djangoapps.student.models import CourseEnrollment',
  'from openedx.core.djangoapps.content.course_overviews.models import CourseOverview',
  'from lms.djangoapps.courseware.access import has_access',
  'from cms.djangoapps.contentstore.utils import reverse_course_url',
];

function expr(rng: Rng, depth = 0): string {
  const roll = rng.int(0, depth > 1 ? 4 : 8);
  switch (roll) {
    case 0:
      return String(rng.int(0, 500));
    case 1:
      return rng.chance(0.5) ? `'${snake(rng)}'` : `"${snake(rng)}"`;
    case 2:
      return `${snake(rng, 1)}.${snake(rng, 1)}`;
    case 3:
      return rng.pick(['None', 'True', 'False', 'settings.DEBUG', 'self.runtime']);
    case 4:
      return `${snake(rng, 1)}`;
    case 5:
      return `${snake(rng)}(${Array.from({ length: rng.int(0, 3) }, () => expr(rng, depth + 1)).join(', ')})`;
    case 6:
      return `[${Array.from({ length: rng.int(0, 4) }, () => expr(rng, depth + 1)).join(', ')}]`;
    case 7:
      return `{${Array.from({ length: rng.int(1, 3) }, () => `'${snake(rng, 1)}': ${expr(rng, depth + 1)}`).join(', ')}}`;
    default:
      return `f"{${snake(rng, 1)}}-${rng.pick(NOUNS)}"`;
  }
}

function block(rng: Rng, indent: string, depth: number, out: string[]): void {
  const count = rng.int(1, depth > 2 ? 3 : 6);
  for (let i = 0; i < count; i++) statement(rng, indent, depth, out);
}

function statement(rng: Rng, indent: string, depth: number, out: string[]): void {
  const nested = depth < 5 ? rng.int(0, 9) : rng.int(0, 3);
  const inner = indent + '    ';
  switch (nested) {
    case 0:
    case 1:
      out.push(`${indent}${snake(rng, 1)} = ${expr(rng)}`);
      return;
    case 2:
      out.push(`${indent}log.info("${sentence(rng, 3, 8)} %s", ${snake(rng, 1)})`);
      return;
    case 3:
      out.push(`${indent}return ${expr(rng)}`);
      return;
    case 4:
      out.push(`${indent}if ${snake(rng, 1)} ${rng.pick(['==', '!=', 'is', 'in'])} ${expr(rng, 2)}:`);
      block(rng, inner, depth + 1, out);
      if (rng.chance(0.4)) {
        out.push(`${indent}else:`);
        block(rng, inner, depth + 1, out);
      }
      return;
    case 5:
      out.push(`${indent}for ${snake(rng, 1)} in ${snake(rng)}(${snake(rng, 1)}):`);
      block(rng, inner, depth + 1, out);
      return;
    case 6:
      out.push(`${indent}try:`);
      block(rng, inner, depth + 1, out);
      out.push(`${indent}except ${rng.pick(['ValueError', 'KeyError', 'ItemNotFoundError', 'CourseOverview.DoesNotExist'])}:`);
      out.push(`${inner}log.exception("${sentence(rng, 3, 6)}")`);
      out.push(`${inner}raise`);
      return;
    case 7:
      out.push(`${indent}${snake(rng, 1)} = ${snake(rng)}(`);
      for (let i = rng.int(1, 5); i > 0; i--) out.push(`${inner}${snake(rng, 1)}=${expr(rng, 1)},`);
      out.push(`${indent})`);
      return;
    case 8:
      out.push(`${indent}with transaction.atomic():`);
      block(rng, inner, depth + 1, out);
      return;
    default:
      out.push(`${indent}${snake(rng, 1)} = [${snake(rng, 1)}.${rng.pick(NOUNS)} for ${snake(rng, 1)} in ${snake(rng)}() if ${snake(rng, 1)}]`);
  }
}

function fieldAssignment(rng: Rng, out: string[]): void {
  const type = rng.pick(['Boolean', 'Integer', 'String', 'List', 'Dict']);
  out.push(`    ${snake(rng, 2)} = ${type}(`);
  out.push(`        display_name=_("${pascal(rng, 2).replace(/([A-Z])/g, ' $1').trim()}"),`);
  out.push('        help=_(');
  for (let i = rng.int(1, 3); i > 0; i--) out.push(`            "${sentence(rng)} "`);
  out.push('        ),');
  out.push(`        default=${type === 'Boolean' ? rng.pick(['True', 'False']) : type === 'Integer' ? rng.int(0, 100) : type === 'String' ? '""' : type === 'List' ? '[]' : '{}'},`);
  out.push(`        scope=Scope.${rng.pick(['settings', 'content', 'user_state'])},`);
  out.push('    )');
}

function pyFunction(rng: Rng, indent: string, out: string[], method: boolean): void {
  if (rng.chance(0.2)) out.push(`${indent}@${rng.pick(['staticmethod', 'property', 'cached_property', 'transaction.atomic', 'login_required'])}`);
  const args = Array.from({ length: rng.int(0, 4) }, () => snake(rng, 1));
  out.push(`${indent}def ${snake(rng)}(${[method ? 'self' : '', ...args].filter(Boolean).join(', ')}):`);
  out.push(`${indent}    """`);
  out.push(`${indent}    ${sentence(rng)}`);
  out.push(`${indent}    """`);
  block(rng, indent + '    ', method ? 2 : 1, out);
  out.push('');
}

/** A Python module of about `target` characters. Test modules (tests/) look like test classes. */
export function pythonModule(rng: Rng, target: number, isTest: boolean): string {
  const out = ['"""', sentence(rng, 6, 16), '"""', ''];
  const imports = rng.shuffle([...IMPORTS]).slice(0, rng.int(3, 10)).sort();
  out.push(...imports, '');
  if (isTest) out.push('import ddt', 'from django.test import TestCase', '');
  out.push('log = logging.getLogger(__name__)', '');
  for (let i = rng.int(0, 4); i > 0; i--) out.push(`${snake(rng, 2).toUpperCase()} = ${expr(rng, 1)}`);
  out.push('', '');
  let size = out.join('\n').length;
  while (size < target) {
    const chunk: string[] = [];
    if (rng.chance(0.55)) {
      const base = isTest ? 'TestCase' : rng.pick(['object', 'models.Model', 'serializers.Serializer', 'XBlock', 'APIView']);
      if (isTest) chunk.push('@ddt.ddt');
      chunk.push(`class ${pascal(rng)}${isTest ? 'Test' : ''}(${base}):`, `    """${sentence(rng)}"""`, '');
      if (!isTest && rng.chance(0.4)) for (let i = rng.int(1, 4); i > 0; i--) fieldAssignment(rng, chunk);
      for (let i = rng.int(1, 6); i > 0; i--) {
        if (isTest && rng.chance(0.5)) chunk.push(`    @ddt.data(${Array.from({ length: rng.int(1, 4) }, () => expr(rng, 2)).join(', ')})`);
        pyFunction(rng, '    ', chunk, true);
      }
    } else {
      pyFunction(rng, '', chunk, false);
    }
    chunk.push('');
    const text = chunk.join('\n');
    out.push(text);
    size += text.length + 1;
  }
  return `${out.join('\n').replace(/\n{3,}$/, '\n')}\n`;
}
