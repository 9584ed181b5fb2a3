"""What the patient's log says: adherence, pain and outcome trends, and the flags a therapist should see.

Computed from core objects only, so the patient page, the patient list and the progress report agree.
"""
