"""Police-operation figures from press reports.

raw text → spans (annotate) → facts and operations (normalise) → reconciled aggregates,
each stage validated by the pandera models in `pipeline.schemas` and tracked by DVC.
"""
