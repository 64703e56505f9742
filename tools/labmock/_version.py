"""The version of labmock (``labmock --version``)."""

__version__ = "0.1.0"
