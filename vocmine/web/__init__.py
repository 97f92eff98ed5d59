"""The workspace web app (``vocmine serve``): follow-up queue, cases, items and corrections.

An entry point like the CLI: it opens the store per request and uses the
workspace rules (:mod:`vocmine.workspace`) and the follow-up workflow.
"""

from vocmine.web.app import create_app

__all__ = ["create_app"]
