-- The directory of Malian institutions that recommendations are assigned to and that focal points
-- and validators act for. Reference data, not demo data: names as the institutions use them.
INSERT INTO institution (code, name_fr, name_en) VALUES
    ('DNDH', 'Direction nationale des droits de l''homme', 'National Directorate of Human Rights'),
    ('MJDH', 'Ministère de la Justice et des Droits de l''homme', 'Ministry of Justice and Human Rights'),
    ('MEN', 'Ministère de l''Éducation nationale', 'Ministry of National Education'),
    ('MDAC', 'Ministère de la Défense et des Anciens Combattants', 'Ministry of Defence and Veterans'),
    ('MSPC', 'Ministère de la Sécurité et de la Protection civile', 'Ministry of Security and Civil Protection'),
    ('MPFEF', 'Ministère de la Promotion de la Femme, de l''Enfant et de la Famille', 'Ministry for the Advancement of Women, Children and the Family'),
    ('MSDS', 'Ministère de la Santé et du Développement social', 'Ministry of Health and Social Development'),
    ('MAECI', 'Ministère des Affaires étrangères et de la Coopération internationale', 'Ministry of Foreign Affairs and International Cooperation'),
    ('CNDH', 'Commission nationale des droits de l''homme', 'National Human Rights Commission'),
    ('CVJR', 'Commission Vérité, Justice et Réconciliation', 'Truth, Justice and Reconciliation Commission'),
    ('PPSJ', 'Pôle judiciaire spécialisé de lutte contre le terrorisme et la criminalité transnationale organisée', 'Specialised Judicial Unit against Terrorism and Transnational Organised Crime');
