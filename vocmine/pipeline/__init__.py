"""Use cases: a run, exports, summaries, the topic refit, alerts, analysing a file.

All orchestration I/O lives here; ``flows/`` and ``cli/`` call these modules.
"""
