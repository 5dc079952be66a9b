"""Verbonden on Matrix (matrix-nio with end-to-end encryption). See docs/matrix.md."""

from adapters.matrix.client import MatrixAdapter

__all__ = ["MatrixAdapter"]
