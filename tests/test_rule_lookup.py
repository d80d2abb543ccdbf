"""The Rasa servers we start find the applicable rules through an index (nlu/service.py `_RULE_LOOKUP`):
it must pick exactly the rules Rasa's own scan picks, on every prediction of random conversations."""

from __future__ import annotations

import json
import subprocess

import pytest

from nlu import service

pytestmark = pytest.mark.rasa

CHECK = """
import asyncio, json, logging, random, sys, uuid
import structlog
from rasa.core.policies.rule_policy import RulePolicy
original = RulePolicy._get_possible_keys
{lookup}
fast = RulePolicy._get_possible_keys
seen = {{"predictions": 0, "differ": 0, "non_empty": 0}}
def both(self, lookup, states):
    expected = original(self, lookup, states)
    seen["predictions"] += 1
    seen["non_empty"] += bool(expected)
    if fast(self, lookup, states) != expected:
        seen["differ"] += 1
    return expected
RulePolicy._get_possible_keys = both
from rasa.core.agent import load_agent
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.shared.core.events import SlotSet
async def main():
    logging.disable(logging.CRITICAL)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.CRITICAL))
    agent = await load_agent(model_path=sys.argv[1])
    intents = sorted(agent.domain.intents)
    scenarios = [s.values for s in agent.domain.slots if s.name == "scenario"][0]
    rng = random.Random(14)
    for scenario in scenarios:
        for _ in range(int(sys.argv[2])):
            cid = uuid.uuid4().hex
            tracker = await agent.processor.fetch_tracker_and_update_session(cid)
            tracker.update(SlotSet("scenario", scenario))
            await agent.tracker_store.save(tracker)
            for _ in range(10):
                tracker = await agent.processor.fetch_tracker_and_update_session(cid)
                await agent.trigger_intent(rng.choice(intents), [], CollectingOutputChannel(), tracker)
    print(json.dumps(seen))
asyncio.run(main())
"""


def test_the_rule_index_picks_exactly_the_rules_rasa_picks(trained_bot):
    script = CHECK.format(lookup=service._RULE_LOOKUP)
    done = subprocess.run(
        [str(service._python()), "-c", script, str(trained_bot.model), "8"],
        cwd=trained_bot.project,
        env=service._rasa_env(trained_bot.project),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["differ"] == 0, seen
    assert seen["predictions"] > 500 and seen["non_empty"] > 100, seen
