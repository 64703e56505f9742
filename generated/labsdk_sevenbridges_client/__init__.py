"""A client library for accessing Seven Bridges Platform API v2 (also CAVATICA and CGC)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
