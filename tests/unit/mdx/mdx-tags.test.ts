import { describe, expect, it } from 'vitest';
import {
  citeTags,
  embeddedTables,
  esmLines,
  markdownLinks,
  mdxSyntaxError,
  tagUses,
} from '@/lib/mdx/mdx-tags';

// Each prop form an editor might type, on its own line so the expected line numbers are plain.
const PROPS = [
  '<Box text="plain" flag count={3} below={-2} shout={`no ${"gap"}`} />',
  '<Box template={`joined`} list={["a", 1, true]} table={{ name: "x", "quoted key": 2, inner: { deep: [0] } }} />',
  '<Box {...spread} name={variable} pattern={/x/} big={10n} negated={-"x"} notMinus={!1} />',
  '<Box holes={[1, , 2]} spreadList={[...items]} bad={[variable]} computed={{ [key]: 1 }} method={{ go() {} }} badValue={{ a: variable }} />',
].join('\n');

describe('tagUses reads every prop the way MDX reads it', () => {
  it('turns written values into plain data and names the props it cannot read', () => {
    expect(tagUses(PROPS)).toEqual([
      {
        name: 'Box',
        props: { text: 'plain', flag: true, count: 3, below: -2 },
        unreadable: ['shout'],
        line: 1,
      },
      {
        name: 'Box',
        props: {
          template: 'joined',
          list: ['a', 1, true],
          table: { name: 'x', 'quoted key': 2, inner: { deep: [0] } },
        },
        unreadable: [],
        line: 2,
      },
      {
        name: 'Box',
        props: {},
        unreadable: ['{...spread}', 'name', 'pattern', 'big', 'negated', 'notMinus'],
        line: 3,
      },
      {
        name: 'Box',
        props: {},
        unreadable: ['holes', 'spreadList', 'bad', 'computed', 'method', 'badValue'],
        line: 4,
      },
    ]);
  });

  it('names a fragment with an empty name and finds tags nested in other tags', () => {
    expect(
      tagUses('<>\n<Callout title="A">\nText <Term id="t">word</Term>\n</Callout>\n</>').map(
        (use) => [use.name, use.props, use.line],
      ),
    ).toEqual([
      ['', {}, 1],
      ['Callout', { title: 'A' }, 2],
      ['Term', { id: 't' }, 3],
    ]);
  });

  it('finds nothing in a body that does not parse', () => {
    expect(tagUses('<Box text="open" \n\nNo end.')).toEqual([]);
  });
});

describe('mdxSyntaxError', () => {
  it('gives the reason and the line where a body stops being MDX', () => {
    expect(mdxSyntaxError('Fine.\n\n<Cite id="x" quote="y">\n\nNo closing tag.')).toEqual({
      message: 'Expected a closing tag for `<Cite>`',
      line: 3,
    });
    expect(mdxSyntaxError('One.\n\nTwo {oops')).toEqual({
      message: expect.stringContaining('Unexpected end of file'),
      line: 3,
    });
  });

  it('is undefined for a body that parses', () => {
    expect(mdxSyntaxError('A line with <Cite id="x" quote="y" />.')).toBeUndefined();
  });
});

describe('markdownLinks', () => {
  it('lists inline links and reference definitions with their lines (a reference use has no address)', () => {
    expect(
      markdownLinks('See [one](/a).\n\nThen [two][ref] and <Box href="/jsx" />.\n\n[ref]: /b'),
    ).toEqual([
      { url: '/a', line: 1 },
      { url: '/b', line: 5 },
    ]);
  });

  it('lists nothing for a body that does not parse', () => {
    expect(markdownLinks('[x](/a) <Box')).toEqual([]);
  });
});

describe('citeTags reads the statement each citation follows', () => {
  it('keeps inline code and line breaks as text, and does not count nested tags as citations', () => {
    const body =
      'Use `ice` after.  \nRest a day, says <Term id="t">the guide</Term>. <Cite id="a" quote="q" />';
    expect(citeTags(body)).toEqual([
      {
        source: 'a',
        quote: 'q',
        claim: 0,
        statement: 'Use ice after. Rest a day, says the guide.',
      },
    ]);
  });

  it('joins citations on lines of their own to the one before, but not across text', () => {
    const body = [
      'Words here.',
      '',
      '<Cite id="a" quote="one" />',
      '<Cite id="b" quote="two" />',
      '',
      'More words.',
      '',
      '<Cite id="c" quote="three" />',
    ].join('\n');
    expect(citeTags(body)).toEqual([
      { source: 'a', quote: 'one', claim: 0, statement: '' },
      { source: 'b', quote: 'two', claim: 0, statement: '' },
      { source: 'c', quote: 'three', claim: 1, statement: '' },
    ]);
  });

  it('numbers claims in table cells and headings, and a second claim in the same paragraph', () => {
    const body = [
      '## Risks <Cite id="h" quote="head" />',
      '',
      '| Kind | Note |',
      '| --- | --- |',
      '| Bruise | Common. <Cite id="t" quote="cell" /> |',
      '',
      'First. <Cite id="p" quote="one" /> Second. <Cite id="p" quote="two" />',
    ].join('\n');
    expect(citeTags(body)).toEqual([
      { source: 'h', quote: 'head', claim: 0, statement: 'Risks' },
      { source: 't', quote: 'cell', claim: 1, statement: 'Common.' },
      { source: 'p', quote: 'one', claim: 2, statement: 'First.' },
      { source: 'p', quote: 'two', claim: 3, statement: 'Second.' },
    ]);
  });

  it('adds the list only to a lead-in that ends with a colon', () => {
    const body = 'No colon here <Cite id="a" quote="q" />\n\n- not part of it';
    expect(citeTags(body)).toEqual([
      { source: 'a', quote: 'q', claim: 0, statement: 'No colon here' },
    ]);
  });

  it('keeps a written id and quote only when they are plain strings', () => {
    expect(citeTags('Claim. <Cite id={1} quote={["x"]} />')).toEqual([
      { source: '', quote: undefined, claim: 0, statement: 'Claim.' },
    ]);
    expect(citeTags('<Cite id={1} quote={2} />')).toEqual([
      { source: '', quote: undefined, claim: 0, statement: '' },
    ]);
  });

  it('finds nothing in a body that does not parse', () => {
    expect(citeTags('Claim. <Cite id="a" quote="q"')).toEqual([]);
  });
});

describe('embeddedTables', () => {
  it('keeps the written aspect and therapy lists, dropping anything that is not a string', () => {
    expect(
      embeddedTables(
        [
          '<ComparisonTable aspects={["risks", 2]} therapies={["alpha"]} />',
          '<ComparisonTable aspects={["cost"]} />',
          '<ComparisonTable aspects="risks" />',
          '<Other aspects={["x"]} />',
        ].join('\n\n'),
      ),
    ).toEqual([{ aspects: ['risks'], therapies: ['alpha'] }, { aspects: ['cost'] }, {}]);
  });
});

describe('esmLines', () => {
  it('gives the line of every import and export statement', () => {
    expect(esmLines('import X from "x"\n\nText.\n\nexport const y = 1')).toEqual([1, 5]);
  });

  it('gives none for a body without them, or one that does not parse', () => {
    expect(esmLines('Text only.')).toEqual([]);
    expect(esmLines('<Box')).toEqual([]);
  });
});
