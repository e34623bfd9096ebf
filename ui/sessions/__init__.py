"""The Sessions section: the lab PC's day list, recorded results and their corrections."""
