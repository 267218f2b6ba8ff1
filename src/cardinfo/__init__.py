"""cardinfo: has the third-generation disability certificate (第三代残疾人证) reached my area?"""

__version__ = "0.1.0"
