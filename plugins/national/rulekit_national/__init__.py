"""The national rules: the checks every inspection applies (国办秘函〔2019〕19号, 国办发〔2017〕47号).

Each module is one rule family, registered through the ``rulekit.plugins`` entry-point group
exactly as a province's plugin would be.
"""
