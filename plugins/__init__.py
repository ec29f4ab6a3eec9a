"""One NoneBot plugin per admin duty. Plugins never import each other."""
