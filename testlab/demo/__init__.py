"""The demo network: 23 test centres, six products and their test results, from a seed.

``generator.generate(seed)`` builds the rows in memory (the ``build_*`` modules, one
per part); ``testlab.services.demo.load_demo_network`` loads them into an empty
database.  The same seed always gives the same data, byte for byte, so tests and
screenshots can rely on it.
"""
