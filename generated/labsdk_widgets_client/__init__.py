"""A client library for accessing Widgets (a labmock engine fixture)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
