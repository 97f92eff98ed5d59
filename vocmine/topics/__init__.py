"""Topics: the BERTopic modeler, load-or-fit stage, refit id matching, trends."""
