from gallery.metadata import Sources, merge


def parse(**fields):
    base = {"title": None, "photographers": [], "place": None, "date": None, "time": None,
            "phones": [], "evidence": {}}
    base.update(fields)
    return base


def test_each_field_keeps_its_source():
    record = merge(Sources(parses=[parse(title="采茶", photographers=["周明生"], place="镇江茶博园",
                                         evidence={"place": {"rule": "摄于", "confidence": 0.9}})]))
    assert "采茶" == record.value("title")
    assert ["周明生"] == record.value("photographers")
    place = record.fields["place"]
    assert ("镇江茶博园", "filename", "摄于") == (place.value, place.source, place.rule)


def test_caption_page_wins_for_the_caption_and_keeps_the_rest():
    record = merge(Sources(
        exif={"description": "OLYMPUS DIGITAL CAMERA"},
        captions=[{"caption": "今年以来，苏州外贸稳中有进。", "article_title": "苏州,未来可期!"}],
    ))
    caption = record.fields["caption"]
    assert ("今年以来，苏州外贸稳中有进。", "caption_page") == (caption.value, caption.source)
    assert ["OLYMPUS DIGITAL CAMERA"] == [a.value for a in caption.alternatives]


def test_exif_date_beats_a_wechat_save_time_and_says_why():
    record = merge(Sources(
        parses=[parse(date="2024-07-03", time="09:31:00", date_kind="saved",
                      evidence={"date": {"rule": "微信图片 timestamp", "confidence": 0.8}})],
        exif={"taken_at": "2003-05-01T10:00:00"},
    ))
    date = record.fields["date"]
    assert ("2003-05-01T10:00:00", "exif") == (date.value, date.source)
    assert ["2024-07-03T09:31:00"] == [a.value for a in date.alternatives]
    assert "文件名" in date.why
    assert "date" in record.conflicts


def test_a_date_written_in_the_caption_beats_the_camera_clock():
    record = merge(Sources(
        parses=[parse(date="2019-04-19", date_kind="shot",
                      evidence={"date": {"rule": "YYYY年M月D日", "confidence": 0.9}})],
        exif={"taken_at": "2008-01-01T00:00:00"},
    ))
    assert ("2019-04-19", "filename") == (record.value("date"), record.fields["date"].source)


def test_manual_wins_over_everything():
    record = merge(Sources(parses=[parse(title="旧标题")], manual={"title": "新标题"}))
    assert ("新标题", "manual") == (record.value("title"), record.fields["title"].source)


def test_phones_are_private_and_never_a_field():
    record = merge(Sources(parses=[parse(phones=["13775584488"])]))
    assert ["13775584488"] == record.private["phones"]
    assert "13775584488" not in str(record.as_dict())


def test_disagreeing_photographers_are_a_conflict():
    record = merge(Sources(
        parses=[parse(photographers=["张三"])],
        captions=[{"caption": "x", "parse": parse(photographers=["李四"])}],
    ))
    assert ["李四"] == record.value("photographers")
    assert "photographers" in record.conflicts
