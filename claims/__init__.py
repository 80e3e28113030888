"""Finding claims about election results in Hindi and English news text (a spaCy pipeline).

Depends on ``reference_db`` (entities are found through the reference); nothing here judges."""
