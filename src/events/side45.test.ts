// The forty-fifth round's readings of sides (docs/EVENTS.md, "Forty-fifth pass", branch side45).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a feminine pronoun after a masculine speaker (وأضاف … أنها) is the state named before it", () => {
  const named = "وقال وزير الخارجية المصري سامح شكري إن العلاقات مع الجيران جيدة.";
  // Before: the speaker's state (Egypt) was taken for the signer.
  assert.deepEqual(
    coded(`${named} وأضاف شكري أن كل ما قدمته إثيوبيا حتى اليوم أنها وقعت مذكرة تفاهم مع السودان بشأن السد.`),
    ["SUPPORT ETH>SDN asserted"],
  );
  // A و-complementizer goes on with the clause before, whose subject is the speaker's country.
  assert.deepEqual(
    coded(`${named} وأضاف شكري أن بلاده ترحب بالحوار، وأنها وقعت مذكرة تفاهم مع السودان بشأن السد.`),
    ["SUPPORT EGY>SDN asserted"],
  );
  // A feminine speech verb may carry its own speaker's pronoun: the speaker's side acts, as before.
  assert.deepEqual(
    coded(`${named} وأضاف شكري أن الخلاف مع إثيوبيا قائم، وقالت الوزارة إنها وقعت مذكرة تفاهم مع السودان.`),
    ["SUPPORT EGY>SDN asserted"],
  );
});

test("a state's nisba after a private person's noun and another attribute (الداعية الأردني الكويتي) is his nationality", () => {
  // Before: the second nisba was read as the state that criticised.
  assert.deepEqual(
    coded("ولم يقنع العرض الداعية الأردني الكويتي، الذي انتقد الموقف الفرنسي من اللاجئين."),
    [],
  );
  // After a minister's title the same nisbas still name the state he speaks for.
  assert.deepEqual(coded("ولم يقنع العرض الوزير الأردني الكويتي، الذي انتقد الموقف الفرنسي من اللاجئين."), [
    "ACCUSE KWT>FRA asserted",
  ]);
  // An attribute that is no state's nisba may make the noun a post: the trade representative acts for his state.
  assert.deepEqual(coded("وأعلن الممثل التجاري الأمريكي فرض رسوم جديدة على الصين."), [
    "SANCTION USA>CHN asserted",
  ]);
});
