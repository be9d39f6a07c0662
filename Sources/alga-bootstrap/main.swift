import AlgaBootstrap
print("alga-bootstrap: not yet implemented")
