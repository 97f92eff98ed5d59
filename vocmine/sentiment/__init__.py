"""Sentiment: the classifier, its hashed n-gram features, datasets and tuning."""
