"""Evaluation of Marsad stages against gold data (``marsad eval ...``)."""
