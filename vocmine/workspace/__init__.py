"""The workspace: people who work with the insights - accounts, permissions, corrections.

Used by the web app (:mod:`vocmine.web`) and the ``vocmine users`` and
``vocmine corrections`` commands; it holds the rules, not the HTTP.
"""
