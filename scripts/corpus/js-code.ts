// Generated JavaScript/TypeScript shaped like Open edX frontends: React components (JSX/TSX), messages, API clients,
// RequireJS/Backbone views for edx-platform's static folders, and jest tests.
import { ADJECTIVES, NOUNS, camel, pascal, type Rng, sentence, snake } from './random.ts';

export type ScriptFlavour = 'jsx' | 'tsx' | 'js' | 'ts' | 'backbone' | 'test' | 'messages';

function jsExpr(rng: Rng, depth = 0): string {
  switch (rng.int(0, depth > 1 ? 4 : 7)) {
    case 0:
      return String(rng.int(0, 1000));
    case 1:
      return `'${camel(rng)}'`;
    case 2:
      return `${camel(rng, 1)}.${camel(rng, 1)}`;
    case 3:
      return rng.pick(['null', 'true', 'false', 'undefined', '[]', '{}']);
    case 4:
      return camel(rng, 1);
    case 5:
      return `${camel(rng)}(${Array.from({ length: rng.int(0, 3) }, () => jsExpr(rng, depth + 1)).join(', ')})`;
    case 6:
      return `{ ${Array.from({ length: rng.int(1, 3) }, () => `${camel(rng, 1)}: ${jsExpr(rng, depth + 1)}`).join(', ')} }`;
    default:
      return `\`\${${camel(rng, 1)}}/${rng.pick(NOUNS)}\``;
  }
}

function jsBlock(rng: Rng, indent: string, depth: number, out: string[], typed: boolean): void {
  for (let i = rng.int(1, depth > 2 ? 3 : 5); i > 0; i--) {
    const inner = `${indent}  `;
    switch (depth < 5 ? rng.int(0, 7) : rng.int(0, 2)) {
      case 0:
      case 1:
        out.push(`${indent}const ${camel(rng, 1)}${typed && rng.chance(0.3) ? `: ${rng.pick(['string', 'number', 'boolean'])}` : ''} = ${jsExpr(rng)};`);
        break;
      case 2:
        out.push(`${indent}${camel(rng)}(${jsExpr(rng, 1)});`);
        break;
      case 3:
        out.push(`${indent}if (${camel(rng, 1)} ${rng.pick(['===', '!==', '>', '<'])} ${jsExpr(rng, 2)}) {`);
        jsBlock(rng, inner, depth + 1, out, typed);
        out.push(rng.chance(0.4) ? `${indent}} else {` : `${indent}}`);
        if (out[out.length - 1].endsWith('else {')) {
          jsBlock(rng, inner, depth + 1, out, typed);
          out.push(`${indent}}`);
        }
        break;
      case 4:
        out.push(`${indent}${camel(rng, 1)}.forEach((${camel(rng, 1)}) => {`);
        jsBlock(rng, inner, depth + 1, out, typed);
        out.push(`${indent}});`);
        break;
      case 5:
        out.push(`${indent}try {`);
        jsBlock(rng, inner, depth + 1, out, typed);
        out.push(`${indent}} catch (error) {`, `${inner}logError(error);`, `${indent}}`);
        break;
      case 6:
        out.push(`${indent}const { ${camel(rng, 1)}, ${camel(rng, 1)} } = await getAuthenticatedHttpClient().${rng.pick(['get', 'post', 'patch'])}(${jsExpr(rng, 1)});`);
        break;
      default:
        out.push(`${indent}return ${jsExpr(rng)};`);
    }
  }
}

function jsxTree(rng: Rng, indent: string, depth: number, out: string[]): void {
  const tag = rng.pick(['div', 'Form.Group', 'Form.Label', 'Button', 'Card', 'Hyperlink', 'Alert', 'p', 'span', 'Container']);
  const attrs = Array.from({ length: rng.int(0, 3) }, () => `${camel(rng, 1)}={${jsExpr(rng, 2)}}`);
  if (depth > 4 || rng.chance(0.25)) {
    out.push(`${indent}<${tag}${attrs.map((a) => ` ${a}`).join('')}>`);
    out.push(`${indent}  {intl.formatMessage(messages.${camel(rng)})}`);
    out.push(`${indent}</${tag}>`);
    return;
  }
  out.push(`${indent}<${tag} className="${snake(rng, 1).replace(/_/g, '-')}"${attrs.map((a) => ` ${a}`).join('')}>`);
  for (let i = rng.int(1, 4); i > 0; i--) {
    if (rng.chance(0.2)) {
      out.push(`${indent}  {${camel(rng, 1)} && (`);
      jsxTree(rng, `${indent}    `, depth + 1, out);
      out.push(`${indent}  )}`);
    } else jsxTree(rng, `${indent}  `, depth + 1, out);
  }
  out.push(`${indent}</${tag}>`);
}

function component(rng: Rng, out: string[], typed: boolean): void {
  const name = pascal(rng, 2);
  if (typed) {
    out.push(`interface ${name}Props {`);
    for (let i = rng.int(1, 6); i > 0; i--) out.push(`  ${camel(rng, 1)}${rng.chance(0.3) ? '?' : ''}: ${rng.pick(['string', 'number', 'boolean', 'string[]', '() => void'])};`);
    out.push('}', '');
  }
  out.push(`const ${name} = ({ ${camel(rng, 1)}, ${camel(rng, 1)} }${typed ? `: ${name}Props` : ''}) => {`);
  out.push('  const intl = useIntl();');
  out.push(`  const [${camel(rng, 1)}, set${pascal(rng, 1)}] = useState(${jsExpr(rng, 2)});`);
  out.push('  useEffect(() => {');
  jsBlock(rng, '    ', 2, out, typed);
  out.push(`  }, [${camel(rng, 1)}]);`, '', '  return (');
  jsxTree(rng, '    ', 0, out);
  out.push('  );', '};', '');
  if (!typed) {
    out.push(`${name}.propTypes = {`);
    for (let i = rng.int(1, 5); i > 0; i--) out.push(`  ${camel(rng, 1)}: PropTypes.${rng.pick(['string', 'bool', 'number', 'func', 'shape({})'])}${rng.chance(0.5) ? '.isRequired' : ''},`);
    out.push('};', '');
  }
}

function jsFunction(rng: Rng, out: string[], typed: boolean): void {
  const params = Array.from({ length: rng.int(0, 3) }, () => `${camel(rng, 1)}${typed ? `: ${rng.pick(['string', 'number', 'Record<string, unknown>'])}` : ''}`);
  out.push(`export ${rng.chance(0.4) ? 'async ' : ''}function ${camel(rng)}(${params.join(', ')})${typed ? ': Promise<unknown>' : ''} {`);
  jsBlock(rng, '  ', 1, out, typed);
  out.push('}', '');
}

function backboneView(rng: Rng, out: string[]): void {
  out.push(`    var ${pascal(rng)}View = Backbone.View.extend({`, "        tagName: 'div',", '        events: {');
  for (let i = rng.int(1, 4); i > 0; i--) out.push(`            'click .${snake(rng, 1).replace(/_/g, '-')}': '${camel(rng)}',`);
  out.push('        },', '');
  for (let i = rng.int(2, 6); i > 0; i--) {
    out.push(`        ${camel(rng)}: function(${camel(rng, 1)}) {`);
    jsBlock(rng, '            ', 2, out, false);
    out.push('        },', '');
  }
  out.push('    });', '');
}

/** A script of about `target` characters in the given flavour. */
export function scriptModule(rng: Rng, target: number, flavour: ScriptFlavour): string {
  const typed = flavour === 'ts' || flavour === 'tsx';
  const out: string[] = [];
  if (flavour === 'backbone') {
    out.push('(function(define) {', "    'use strict';", '', "    define(['jquery', 'underscore', 'backbone', 'gettext', 'edx-ui-toolkit/js/utils/html-utils'],");
    out.push('        function($, _, Backbone, gettext, HtmlUtils) {');
  } else if (flavour === 'messages') {
    out.push("import { defineMessages } from '@edx/frontend-platform/i18n';", '', 'const messages = defineMessages({');
  } else if (flavour === 'test') {
    out.push("import { render, screen, waitFor } from '@testing-library/react';", `import ${pascal(rng)} from './${pascal(rng)}';`, '');
  } else {
    out.push("import React, { useEffect, useState } from 'react';", "import PropTypes from 'prop-types';", "import { useIntl } from '@edx/frontend-platform/i18n';");
    out.push("import { getAuthenticatedHttpClient } from '@edx/frontend-platform/auth';", "import { Button, Card, Form } from '@openedx/paragon';", "import messages from './messages';", '');
  }
  let size = out.join('\n').length;
  const id = snake(rng, 1).replace(/_/g, '-');
  while (size < target) {
    const chunk: string[] = [];
    if (flavour === 'backbone') backboneView(rng, chunk);
    else if (flavour === 'messages') {
      chunk.push(`  ${camel(rng, 2)}: {`, `    id: 'course-authoring.${id}.${camel(rng)}',`, `    defaultMessage: '${sentence(rng, 2, 6)}',`);
      chunk.push(`    description: '${sentence(rng, 4, 10)}',`, '  },');
    } else if (flavour === 'test') {
      chunk.push(`describe('${pascal(rng)}', () => {`);
      for (let i = rng.int(1, 5); i > 0; i--) {
        chunk.push(`  it('${sentence(rng, 3, 8).toLowerCase()}', async () => {`);
        jsBlock(rng, '    ', 2, chunk, false);
        chunk.push(`    expect(screen.getByText('${rng.pick(ADJECTIVES)}')).toBeInTheDocument();`, '  });', '');
      }
      chunk.push('});', '');
    } else if ((flavour === 'jsx' || flavour === 'tsx') && rng.chance(0.6)) component(rng, chunk, typed);
    else jsFunction(rng, chunk, typed);
    const text = chunk.join('\n');
    out.push(text);
    size += text.length + 1;
  }
  if (flavour === 'backbone') out.push('    });', '}(define || RequireJS.define));');
  else if (flavour === 'messages') out.push('});', '', 'export default messages;');
  return `${out.join('\n')}\n`;
}
