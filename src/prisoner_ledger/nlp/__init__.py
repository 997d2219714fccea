"""NLP stages: sentences, relevance, actors, counts and events (see ``pipeline.py``)."""
