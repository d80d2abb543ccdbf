"""What a call in the browser is played with; the same for text, push-to-talk and live voice."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from core.callrecord import Trainee
from core.scenario import Scenario


@dataclass(frozen=True)
class CallSetup:
    scenario: Scenario
    facts: dict[str, str]
    trainee: Trainee
    bot_url: str
    recording: Path
    """Where the call's stereo WAV goes (voice modes)."""
    seed: int

    def rng(self) -> random.Random:
        return random.Random(self.seed)
