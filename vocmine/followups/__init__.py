"""Follow-ups: case rules, routing, the status workflow, SLA views, alerts, replies."""
