"""The demo network: 23 test centres, six products and their test results, from a seed.

``load_demo(db, seed)`` fills an empty database; the same seed always gives
the same data, byte for byte, so tests and screenshots can rely on it.
"""

from testlab.demo.loader import DemoCancelled, DemoSummary, generate, load_demo

__all__ = ["DemoCancelled", "DemoSummary", "generate", "load_demo"]
