"""The customer bot: training time and peak memory, server start, reply latency over the REST API."""

from __future__ import annotations

import os
import random
import resource
import shutil
import tempfile
import time
import uuid

from bench.table import ms, percentile, print_table
from core.scenario import load_scenarios
from nlu import service
from nlu.client import BotClient

TURNS = 240
WARMUP = 20
# A plausible trainee turn sequence, replayed in fresh conversations.
LINES = [
    "您好，旭日装饰客服中心，3号客服，请问有什么可以帮您？",
    "不好意思，您的声音不太清楚，请您大声一点好吗？",
    "他暂时不在办公室，需要我帮您留个言吗？",
    "请问您贵姓？方便留个电话吗？",
    "好的，我跟您确认一下，您的电话是13800001234，对吗？",
    "请问还有其他需要帮助的吗？",
    "感谢您的来电，再见。",
]


def main() -> None:
    scenarios = load_scenarios()
    home = tempfile.mkdtemp(prefix="calldrill-bench-")
    os.environ["CALLDRILL_HOME"] = home
    try:
        started = time.perf_counter()
        bot = service.train(scenarios)
        train_s = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        started = time.perf_counter()
        server, _ = service.start(bot)
        start_s = time.perf_counter() - started
        client = BotClient(server.url)
        latencies: list[float] = []
        first_reply = None
        turn = 0
        while len(latencies) < TURNS:
            conversation = f"bench-{uuid.uuid4().hex[:8]}"
            facts = scenarios.get("absent_colleague").draw_facts(random.Random(turn))
            client.start_call(conversation, "absent_colleague", facts)
            for line in LINES:
                t0 = time.perf_counter()
                client.say(conversation, line)
                elapsed = time.perf_counter() - t0
                if first_reply is None:
                    first_reply = elapsed
                turn += 1
                if turn > WARMUP:
                    latencies.append(elapsed)
        server.stop()
        print_table(
            "Customer bot (Rasa 3.6.21, four scenarios)",
            [
                ("training time (compile + rasa train)", f"{train_s:.1f} s"),
                ("training peak memory (RSS)", f"{peak_mb:.0f} MB"),
                ("server start until ready", f"{start_s:.1f} s"),
                ("first reply (jieba loads its dictionary)", ms(first_reply or 0)),
                (
                    f"reply latency p50 ({len(latencies)} turns, parse + webhook)",
                    ms(percentile(latencies, 50)),
                ),
                ("reply latency p95", ms(percentile(latencies, 95))),
            ],
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
