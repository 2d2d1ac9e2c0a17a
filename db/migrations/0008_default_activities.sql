-- The catalogue every centre starts with (issue 5): the activities the Pļaviņas centre trains and runs.
-- Reference data, not a staff action, so no audit rows; centres rename or deactivate them in the app.
INSERT INTO `activities` (`code`, `name_lv`, `name_lt`, `name_ru`, `active`, `created_at`, `updated_at`) VALUES
  ('art-therapy', 'Mākslas terapija', 'Dailės terapija', 'Арт-терапия', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('hydrotherapy', 'Hidroterapija', 'Hidroterapija', 'Гидротерапия', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('canistherapy', 'Kanisterapija', 'Kanisterapija', 'Канистерапия', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('kinesthetics', 'Kinestētika', 'Kinestetika', 'Кинестетика', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('music', 'Mūzikas nodarbība', 'Muzikos užsiėmimas', 'Музыкальное занятие', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('handicraft', 'Rokdarbi', 'Rankdarbiai', 'Рукоделие', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('physical-exercise', 'Fiziskās aktivitātes', 'Fiziniai pratimai', 'Физические упражнения', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('socialisation-event', 'Socializācijas pasākums', 'Socializacijos renginys', 'Мероприятие по социализации', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
