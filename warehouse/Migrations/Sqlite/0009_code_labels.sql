-- Names of the codes the submission format and the warehouse fix themselves (kinds, areas,
-- statuses, measures, unit kinds), so that views and reports show them in Kazakh and Russian.

-- Grain: one code of one code list.
CREATE TABLE dim_code_label (
    code_list   TEXT    NOT NULL,
    code        TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL,
    name_kk     TEXT    NOT NULL,
    name_ru     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    PRIMARY KEY (code_list, code)
) STRICT;

INSERT INTO dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    ('programme_kind', 'programme', 1, 'Бағдарлама', 'Программа', 'Programme'),
    ('programme_kind', 'project', 2, 'Жоба', 'Проект', 'Project'),
    ('programme_kind', 'action', 3, 'Акция', 'Акция', 'Action'),
    ('practice_kind', 'positive_experience', 1, 'Оң тәжірибе', 'Положительный опыт', 'Positive experience'),
    ('practice_kind', 'problem', 2, 'Проблема', 'Проблема', 'Problem'),
    ('practice_kind', 'proposal', 3, 'Ұсыныс', 'Предложение', 'Proposal'),
    ('proposal_area', 'civic_initiatives', 1, 'Азаматтық бастамаларды дамыту және қолдау', 'Развитие и поддержка гражданских инициатив', 'Supporting civic initiatives'),
    ('proposal_area', 'role_of_volunteering', 2, 'Волонтерлік қызметтің рөлін арттыру', 'Повышение роли волонтерской деятельности', 'Raising the role of volunteering'),
    ('proposal_area', 'problem_solving', 3, 'Туындаған проблемаларды шешу', 'Решение возникших проблем', 'Solving the problems'),
    ('timeliness_status', 'on_time', 1, 'Уақтылы', 'В срок', 'On time'),
    ('timeliness_status', 'late', 2, 'Кешіккен', 'С опозданием', 'Late'),
    ('timeliness_status', 'missing', 3, 'Тапсырылмаған', 'Не представлено', 'Missing'),
    ('timeliness_status', 'pending', 4, 'Мерзімі өтпеген', 'Срок не наступил', 'Not yet due'),
    ('measure', 'subjects', 1, 'Волонтерлік қызмет субъектілері', 'Субъекты волонтерской деятельности', 'Subjects of volunteer activity'),
    ('measure', 'people', 2, 'Тартылған адамдар', 'Вовлечено людей', 'People involved'),
    ('measure', 'new_subjects', 3, 'Жаңа субъектілер', 'Новые субъекты', 'New subjects'),
    ('dq_severity', 'warning', 1, 'Ескерту', 'Предупреждение', 'Warning'),
    ('dq_severity', 'finding', 2, 'Сәйкессіздік', 'Несоответствие', 'Finding'),
    ('unit_kind', 'country', 1, 'Ел', 'Страна', 'Country'),
    ('unit_kind', 'oblast', 2, 'Облыс', 'Область', 'Region'),
    ('unit_kind', 'city_republican', 3, 'Республикалық маңызы бар қала', 'Город республиканского значения', 'City of republican significance'),
    ('unit_kind', 'district', 4, 'Аудан', 'Район', 'District'),
    ('unit_kind', 'city_regional', 5, 'Облыстық маңызы бар қала', 'Город областного значения', 'City of regional significance'),
    ('unit_kind', 'city_district', 6, 'Қаладағы аудан', 'Район в городе', 'City district');
