-- Subject types and activity types with their names, in the order the classifiers keep.
SELECT 'subject_type' AS Classifier, code AS Code, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn, sort_order AS SortOrder
FROM dim_subject_type
UNION ALL
SELECT 'activity_type', code, name_kk, name_ru, name_en, sort_order
FROM dim_activity_type
ORDER BY Classifier, SortOrder
