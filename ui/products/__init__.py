"""The Products section: the catalogue with each product's stages and studies."""
