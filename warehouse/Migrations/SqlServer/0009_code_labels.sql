-- Names of the codes the submission format and the warehouse fix themselves (kinds, areas,
-- statuses, measures, unit kinds), so that views and reports show them in Kazakh and Russian.

-- Grain: one code of one code list.
CREATE TABLE dbo.dim_code_label (
    code_list   NVARCHAR(40)   NOT NULL,
    code        NVARCHAR(40)   NOT NULL,
    sort_order  INT            NOT NULL,
    name_kk     NVARCHAR(200)  NOT NULL,
    name_ru     NVARCHAR(200)  NOT NULL,
    name_en     NVARCHAR(200)  NOT NULL,
    CONSTRAINT pk_dim_code_label PRIMARY KEY (code_list, code)
);

INSERT INTO dbo.dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    (N'programme_kind', N'programme', 1, N'Бағдарлама', N'Программа', N'Programme'),
    (N'programme_kind', N'project', 2, N'Жоба', N'Проект', N'Project'),
    (N'programme_kind', N'action', 3, N'Акция', N'Акция', N'Action'),
    (N'practice_kind', N'positive_experience', 1, N'Оң тәжірибе', N'Положительный опыт', N'Positive experience'),
    (N'practice_kind', N'problem', 2, N'Проблема', N'Проблема', N'Problem'),
    (N'practice_kind', N'proposal', 3, N'Ұсыныс', N'Предложение', N'Proposal'),
    (N'proposal_area', N'civic_initiatives', 1, N'Азаматтық бастамаларды дамыту және қолдау', N'Развитие и поддержка гражданских инициатив', N'Supporting civic initiatives'),
    (N'proposal_area', N'role_of_volunteering', 2, N'Волонтерлік қызметтің рөлін арттыру', N'Повышение роли волонтерской деятельности', N'Raising the role of volunteering'),
    (N'proposal_area', N'problem_solving', 3, N'Туындаған проблемаларды шешу', N'Решение возникших проблем', N'Solving the problems'),
    (N'timeliness_status', N'on_time', 1, N'Уақтылы', N'В срок', N'On time'),
    (N'timeliness_status', N'late', 2, N'Кешіккен', N'С опозданием', N'Late'),
    (N'timeliness_status', N'missing', 3, N'Тапсырылмаған', N'Не представлено', N'Missing'),
    (N'timeliness_status', N'pending', 4, N'Мерзімі өтпеген', N'Срок не наступил', N'Not yet due'),
    (N'measure', N'subjects', 1, N'Волонтерлік қызмет субъектілері', N'Субъекты волонтерской деятельности', N'Subjects of volunteer activity'),
    (N'measure', N'people', 2, N'Тартылған адамдар', N'Вовлечено людей', N'People involved'),
    (N'measure', N'new_subjects', 3, N'Жаңа субъектілер', N'Новые субъекты', N'New subjects'),
    (N'dq_severity', N'warning', 1, N'Ескерту', N'Предупреждение', N'Warning'),
    (N'dq_severity', N'finding', 2, N'Сәйкессіздік', N'Несоответствие', N'Finding'),
    (N'unit_kind', N'country', 1, N'Ел', N'Страна', N'Country'),
    (N'unit_kind', N'oblast', 2, N'Облыс', N'Область', N'Region'),
    (N'unit_kind', N'city_republican', 3, N'Республикалық маңызы бар қала', N'Город республиканского значения', N'City of republican significance'),
    (N'unit_kind', N'district', 4, N'Аудан', N'Район', N'District'),
    (N'unit_kind', N'city_regional', 5, N'Облыстық маңызы бар қала', N'Город областного значения', N'City of regional significance'),
    (N'unit_kind', N'city_district', 6, N'Қаладағы аудан', N'Район в городе', N'City district');
