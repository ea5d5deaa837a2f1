"""Incident dossiers: group reports into incidents and reconcile their figures."""
