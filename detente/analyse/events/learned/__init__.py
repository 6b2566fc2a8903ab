"""A learned event proposer for sentences where the rules find no event (trained on DEV data only).

- ``features``: the trigger clause of a sentence and its one-hot features
- ``model``: the multinomial logistic regression, the sentence gate (does the sentence report a codable act at
  all?) and their shipped weights (``detente/data/learned/proposer.json``)
- ``propose``: a firm proposal with parties from the rule coder's machinery, or none
- ``train``: rebuilds the weights from the DEV files and cross-validates the threshold
"""
