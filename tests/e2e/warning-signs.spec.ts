import { expect, test, type Locator, type Page } from '@playwright/test';

// Warning signs come from one library (content/warning-signs.yaml): each card is headed by its
// urgency's one action. These pages once sent emergencies to "see a doctor" (neck), or showed no
// signs for their own problem (headaches, shoulder, low back).

const CALL = 'Call 911 (US), 999 (UK), 112 (EU) or your local emergency number now';
const TODAY = 'See a doctor or urgent care today';
const FIRST = 'See your doctor first, before any needling';

const card = (page: Page, level: 'Emergency' | 'Urgent', action: string, about: string) =>
  page.getByRole('region', { name: `${level} advice: ${action}: ${about}`, exact: true });

async function expectCard(
  found: Locator,
  care: 'emergency' | 'urgent',
  heading: string,
  signs: readonly string[],
) {
  await expect(found).toHaveAttribute('data-care-level', care);
  await expect(found.getByRole('heading', { level: 3 })).toHaveAccessibleName(heading);
  for (const sign of signs)
    await expect(found.getByRole('listitem').filter({ hasText: sign })).toHaveCount(1);
  // Every card names its sources, each linking to the quoted words.
  await expect(found.locator('a[href^="/sources/"]').first()).toBeVisible();
}

test.use({ javaScriptEnabled: false });

test('neck pain: sudden stroke signs get the emergency card, naming 911, 999 and 112', async ({
  page,
}) => {
  await page.goto('/conditions/neck-pain');
  const stroke = card(page, 'Emergency', CALL, 'These can be signs of a stroke');
  await expectCard(stroke, 'emergency', `Emergency advice: ${CALL}`, [
    'One side of your face droops',
    'Sudden weakness or numbness in an arm, a leg or one side of your body',
    'Slurred speech or trouble speaking',
    'Sudden double vision',
    'Sudden trouble swallowing',
  ]);
  for (const number of ['911', '999', '112']) {
    await expect(stroke.getByRole('heading')).toContainText(number);
  }
  const other = card(page, 'Urgent', FIRST, 'Neck pain with these signs');
  await expectCard(other, 'urgent', `Urgent advice: ${FIRST}`, [
    'New pain, tingling, numbness or weakness in your face, arms or legs',
  ]);
  await expect(other).toContainText(
    'Some of them, if they come on suddenly, can be signs of a stroke.',
  );
  await expect(other).toContainText(
    'If any sign came on suddenly, or you feel very unwell, call 911 (US), 999 (UK), 112 (EU) or your local emergency number.',
  );
  // The emergency comes first.
  const strokeTop = (await stroke.boundingBox())?.y ?? Infinity;
  const otherTop = (await other.boundingBox())?.y ?? -Infinity;
  expect(strokeTop).toBeLessThan(otherTop);
});

test('low back pain: cauda equina is an emergency on any one sign, then the see-a-doctor signs', async ({
  page,
}) => {
  await page.goto('/conditions/low-back-pain');
  const cauda = card(page, 'Emergency', CALL, 'Back pain with any one of these signs');
  await expectCard(cauda, 'emergency', `Emergency advice: ${CALL}`, [
    'Numbness or tingling around your genitals or bottom, or between your inner thighs',
    'New trouble peeing, or you cannot control when you pee or poo',
    'New weakness or loss of feeling in your legs',
    'Changes when you have sex',
  ]);
  await expect(cauda).toContainText(
    'UK hospital leaflets say to get help at once if you have any of these signs.',
  );
  const seeDoctor = card(page, 'Urgent', FIRST, 'Back pain with these signs');
  await expectCard(seeDoctor, 'urgent', `Urgent advice: ${FIRST}`, [
    'A fever, chills or shivering',
    'You have had cancer in the past',
    'Weight loss you cannot explain',
    'The pain started after a fall, an accident or an injury',
    'A weak immune system',
    'Pain at night that does not ease when you change position',
  ]);
  await expect(seeDoctor.locator('a[href="/sources/nhsggc-lower-back#red-flags"]')).toBeVisible();
});

for (const [slug, name] of [
  ['tension-type-headache', 'Tension-type headache'],
  ['migraine', 'Migraine'],
] as const) {
  test(`${name}: headache warning signs, emergency and same day`, async ({ page }) => {
    await page.goto(`/conditions/${slug}`);
    await expectCard(
      card(page, 'Emergency', CALL, 'A headache with any of these signs'),
      'emergency',
      `Emergency advice: ${CALL}`,
      [
        'A headache that came on suddenly and is extremely painful',
        'A headache after you hurt or hit your head badly',
        'A bad headache with a very high temperature, and a stiff neck or a rash',
      ],
    );
    await expectCard(
      card(page, 'Urgent', TODAY, 'A headache with these signs'),
      'urgent',
      `Urgent advice: ${TODAY}`,
      ['A new kind of headache, not like your usual ones, and you are over 50'],
    );
  });
}

test('shoulder pain: a heart attack card, and the after-needling cards', async ({ page }) => {
  await page.goto('/conditions/shoulder-pain');
  await expectCard(
    card(page, 'Emergency', CALL, 'Shoulder or arm pain with these signs can be a heart attack'),
    'emergency',
    `Emergency advice: ${CALL}`,
    ['Pain or discomfort that spreads to your shoulders, arms, back, neck or jaw'],
  );
  const lung = card(
    page,
    'Emergency',
    CALL,
    'After needling on the chest, upper back, shoulder blades or neck',
  );
  await expect(lung).toContainText('The signs began during the session, or several hours later.');
  await expect(lung).not.toContainText('days later');
  await expectCard(
    card(page, 'Urgent', TODAY, 'Signs of infection where a needle went in'),
    'urgent',
    `Urgent advice: ${TODAY}`,
    ['Redness around the spot that spreads or gets worse', 'Pus or fluid coming from the spot'],
  );
});

test('therapy pages show the same sets, from the same words', async ({ page }) => {
  for (const path of ['/therapies/acupuncture', '/therapies/dry-needling']) {
    await page.goto(path);
    await expect(
      card(
        page,
        'Emergency',
        CALL,
        'After needling on the chest, upper back, shoulder blades or neck',
      ),
    ).toContainText('Shortness of breath, or trouble breathing');
    await expect(
      card(page, 'Urgent', TODAY, 'Signs of infection where a needle went in'),
    ).toContainText('A fever of 38°C (100.4°F) or higher, or you feel unwell');
  }
});
