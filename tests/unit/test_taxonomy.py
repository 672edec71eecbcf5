from r1safe import taxonomy as t


def test_five_areas_thirty_one_categories():
    assert len(t.RISK_AREAS) == 5
    assert len(t.ALL_CATEGORIES) == 31
    assert len(set(t.ALL_CATEGORIES)) == 31


def test_area_spellings_from_the_published_files():
    assert t.area_of("歧视性内容").key == "discrimination"
    assert t.area_of("歧视").key == "discrimination"
    assert t.area_of("违反社会核心价值观内容").key == "values"
    assert t.area_of("违背价值观").key == "values"
    assert t.area_of("无法满足特定服务类型的安全需求").key == "service"
    assert t.area_of("商业违法违规").key == "commercial"
    assert t.area_of("侵犯他人合法权益").key == "rights"
    assert t.area_of("应拒答") is None


def test_category_variants_normalize():
    assert t.normalize_category("年龄歧视内容") == "年龄歧视"
    assert t.normalize_category("侵犯他人其他合法权益") == "侵害他人其他合法权益"
    assert t.normalize_category("内容不准确，不符合科学常识或主流认知") == "内容不准确"
    assert t.normalize_category("宣扬暴力、淫秽色情") == "宣扬暴力、淫秽色情"
    assert t.normalize_category("不存在的类别") is None
    assert t.area_of_category("泄露他人商业秘密").key == "commercial"
